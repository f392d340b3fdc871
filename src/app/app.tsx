import { useAppStore } from '../store/app-store.ts';

/** Composition root. (Foundation: shows the answers; the wizard and results come next.) */
export function App() {
  const answers = useAppStore((s) => s.answers);
  return (
    <main>
      <h1>Edge Sizer</h1>
      <p>Scenario: {answers.scenarioName}</p>
    </main>
  );
}

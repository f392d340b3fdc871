import type { MouseEvent } from 'react';
import { hrefFor } from '../../store/router.ts';
import { STEPS } from './step-registry.ts';

/**
 * The list of steps: shows where the user is (aria-current="step") and lets them jump to any step. `onGo`
 * leaves the current step the way Next does (it stays while a field is invalid).
 */
export function Stepper({ currentIndex, onGo }: { currentIndex: number; onGo: (stepId: string) => void }) {
  const go = (event: MouseEvent<HTMLAnchorElement>, stepId: string) => {
    event.preventDefault();
    onGo(stepId);
  };
  return (
    <nav aria-label="Wizard steps" className="stepper">
      <ol className="stepper__list">
        {STEPS.map((step, index) => {
          const state = index === currentIndex ? 'current' : index < currentIndex ? 'done' : 'todo';
          return (
            <li key={step.id} className={`stepper__item stepper__item--${state}`}>
              <a
                href={hrefFor('wizard', step.id)}
                aria-current={index === currentIndex ? 'step' : undefined}
                onClick={(event) => go(event, step.id)}
                className="stepper__link"
              >
                <span className="stepper__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="stepper__title">
                  <span className="visually-hidden">Step {index + 1}: </span>
                  {step.title}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

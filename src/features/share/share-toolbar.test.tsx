import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS, type Answers } from '../../domain/answers.ts';
import { answersToFileText } from '../../domain/share/answers-file.ts';
import { decodeShareState } from '../../domain/share/share-codec.ts';
import { INITIAL_STATE, setAnswers, useAppStore } from '../../store/app-store.ts';
import { pushNotice, useNoticeStore } from '../../store/notices.ts';
import { loadScenarios, saveScenario, useScenarioStore } from '../../store/scenarios.ts';
import { parseHash } from '../../store/route.ts';
import { usePendingLink } from '../../store/link-state.ts';
import { ShareNotices } from './share-notices.tsx';
import { SCENARIOS_DIALOG, ShareToolbar } from './share-toolbar.tsx';
import { hugeAnswers } from '../../testing/huge-answers.ts';

const MINE: Answers = {
  ...DEFAULT_ANSWERS,
  scenarioName: 'Line 3',
  performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 60, offlineHours: 4 },
};
const fileOf = (text: string, name = 'answers.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  useAppStore.setState({ ...INITIAL_STATE, answers: MINE }, true);
  useNoticeStore.setState({ notices: [] });
  useScenarioStore.setState({ scenarios: [] });
  usePendingLink.setState({ pending: null });
  window.history.replaceState(null, '', '/');
});

describe('the saved-scenarios dialog, fetched on first use', () => {
  it('is not loaded with the toolbar; Scenarios shows it once its chunk arrives', async () => {
    const user = userEvent.setup();
    expect(SCENARIOS_DIALOG.state().status).toBe('idle');
    render(<ShareToolbar />);
    expect(SCENARIOS_DIALOG.state().status).toBe('idle');
    await user.click(screen.getByRole('button', { name: 'Scenarios' }));
    expect(await screen.findByRole('dialog', { name: 'Saved scenarios' })).toBeInTheDocument();
  });
});

describe('ShareToolbar', () => {
  beforeEach(() => SCENARIOS_DIALOG.load().then(() => undefined));
  it('copies a share link that opens the same answers, and says so politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<ShareToolbar />);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const url = writeText.mock.calls[0]?.[0] ?? '';
    const result = decodeShareState(parseHash(url.slice(url.indexOf('#'))).payload ?? '');
    expect(result.ok && result.state.answers).toEqual(MINE);
    expect(screen.getByText(/Share link copied/)).toHaveAttribute('role', 'status');
  });

  it('does not offer a link it would refuse: a scenario too large for one points to Export JSON (issue 20)', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    useAppStore.setState({ answers: hugeAnswers() });
    render(<ShareToolbar />);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      /This scenario is too large for a share link \([\d,]+ characters; a link holds up to 16,000\)\. Use Export JSON/,
    );
    // The address bar holds no payload either (it would not open).
    expect(parseHash(window.location.hash).payload).toBeNull();
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareToolbar />);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect((screen.getByLabelText('Share link') as HTMLInputElement).value).toMatch(/#\/wizard\?s=3\./);
  });

  it('imports a valid answers file', async () => {
    const user = userEvent.setup();
    render(<ShareToolbar />);
    const imported = { ...DEFAULT_ANSWERS, scenarioName: 'Imported plant' };
    await user.upload(screen.getByLabelText('Answers file to import'), fileOf(answersToFileText(imported)));
    expect(useAppStore.getState().answers).toEqual(imported);
    expect(await screen.findByText(/Imported “Imported plant” from answers\.json/)).toHaveTextContent(
      'Your previous answers were saved as the scenario “Line 3 (before importing answers.json)”.',
    );
    expect(loadScenarios().map((s) => s.answers)).toEqual([MINE]);
  });

  it('refuses an invalid file with an alert naming the field, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<ShareToolbar />);
    await user.upload(
      screen.getByLabelText('Answers file to import'),
      fileOf('{"workload": {"moduleCount": 9999}}', 'bad.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'bad.json has answers the sizer cannot use. workload.moduleCount: Number of modules must be at most 200',
    );
    expect(alert).toHaveTextContent('Nothing was changed');
    expect(useAppStore.getState().answers).toEqual(MINE);
    await user.upload(screen.getByLabelText('Answers file to import'), fileOf('not json', 'x.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('x.json is not valid JSON');
    expect(useAppStore.getState().answers).toEqual(MINE);
  });

  it.each([
    [
      'a deployment manifest',
      '{"modulesContent": {"$edgeAgent": {}, "$edgeHub": {}}}',
      /is an IoT Edge deployment manifest, not an answers file: use “Import a deployment manifest” \(Deployment manifests, in the header\)/,
    ],
    [
      'a layered deployment',
      '{"content": {"modulesContent": {"$edgeAgent": {}}}}',
      /is an IoT Edge deployment manifest/,
    ],
    [
      'an object without answers fields',
      '{"answers": {"scenarioName": "x"}}',
      /is not an Edge Sizer answers file: its fields are "answers"/,
    ],
  ])('refuses %s with a clear alert: no answer, scenario or status changes', async (_name, text, message) => {
    const user = userEvent.setup();
    render(<ShareToolbar />);
    await user.upload(screen.getByLabelText('Answers file to import'), fileOf(text, 'deployment.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Nothing was changed');
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(loadScenarios()).toEqual([]);
    expect(screen.queryByText(/Imported/)).not.toBeInTheDocument();
  });

  it('a new load replaces stale notices: an import clears the last link\'s notices; a later load clears "Imported …"', async () => {
    const user = userEvent.setup();
    pushNotice({
      id: 'link-problem',
      kind: 'error',
      title: 'This share link is incomplete or damaged.',
      details: [],
    });
    pushNotice({
      id: 'link-model',
      kind: 'info',
      title: 'This link was made with sizing model 2025.06.1.',
      details: [],
    });
    pushNotice({ id: 'storage-unavailable', kind: 'warning', title: 'No local storage.', details: [] });
    render(<ShareToolbar />);
    const imported = { ...DEFAULT_ANSWERS, scenarioName: 'Imported plant' };
    await user.upload(screen.getByLabelText('Answers file to import'), fileOf(answersToFileText(imported)));
    expect(await screen.findByText(/Imported “Imported plant”/)).toBeInTheDocument();
    // The link notices described the answers that were just replaced; other notices stay.
    expect(useNoticeStore.getState().notices.map((n) => n.id)).toEqual(['storage-unavailable']);

    // The answers are then replaced by something else (a preset, a link): "Imported …" is stale.
    act(() => setAnswers({ ...DEFAULT_ANSWERS, scenarioName: 'Factory protocol gateway' }));
    expect(screen.queryByText(/Imported “Imported plant”/)).not.toBeInTheDocument();

    // A copy message is not about the answers: it stays after an edit.
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    act(() => setAnswers({ ...DEFAULT_ANSWERS, scenarioName: 'Edited' }));
    expect(screen.getByText(/Share link copied/)).toBeInTheDocument();
  });

  it("opening a scenario clears the last link's notices", async () => {
    const user = userEvent.setup();
    saveScenario('Other', DEFAULT_ANSWERS);
    useScenarioStore.setState({ scenarios: loadScenarios() });
    pushNotice({
      id: 'link-model',
      kind: 'info',
      title: 'This link was made with sizing model 2025.06.1.',
      details: [],
    });
    render(<ShareToolbar />);
    await user.click(screen.getByRole('button', { name: 'Scenarios' }));
    await user.click(screen.getByRole('button', { name: 'Open Other' }));
    expect(screen.getByText(/Opened “Other”/)).toBeInTheDocument();
    expect(useNoticeStore.getState().notices).toEqual([]);
  });

  it('saves, renames, reopens and deletes scenarios', async () => {
    const user = userEvent.setup();
    render(<ShareToolbar />);
    await user.click(screen.getByRole('button', { name: 'Scenarios' }));
    const dialog = screen.getByRole('dialog', { name: 'Saved scenarios' });
    const nameInput = within(dialog).getByLabelText('Save the current answers as');
    await user.clear(nameInput);
    await user.type(nameInput, 'Plan A');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Saved “Plan A”.')).toBeInTheDocument();
    expect(loadScenarios().map((s) => s.name)).toEqual(['Plan A']);

    await user.click(within(dialog).getByRole('button', { name: 'Rename Plan A' }));
    const rename = within(dialog).getByLabelText('New name for Plan A');
    await user.clear(rename);
    await user.type(rename, 'Plan B{Enter}');
    expect(loadScenarios().map((s) => s.name)).toEqual(['Plan B']);

    act(() => useAppStore.setState({ answers: DEFAULT_ANSWERS }));
    await user.click(within(dialog).getByRole('button', { name: 'Open Plan B' }));
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Opened “Plan B”.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Scenarios' }));
    await user.click(screen.getByRole('button', { name: 'Delete Plan B' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete Plan B' }));
    expect(loadScenarios()).toEqual([]);
    expect(screen.getByText('No saved scenarios yet.')).toBeInTheDocument();
  });

  it('closing the Scenarios dialog (Close, Escape, or opening a scenario) returns focus to the Scenarios button', async () => {
    const user = userEvent.setup();
    saveScenario('Other', DEFAULT_ANSWERS);
    useScenarioStore.setState({ scenarios: loadScenarios() });
    render(<ShareToolbar />);
    const trigger = screen.getByRole('button', { name: 'Scenarios' });

    await user.click(trigger);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    await user.click(trigger);
    screen.getByLabelText('Save the current answers as').focus();
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true })); // what Escape fires
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Open Other' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('opening a scenario over unsaved answers saves them first', async () => {
    const user = userEvent.setup();
    saveScenario('Other', DEFAULT_ANSWERS);
    useScenarioStore.setState({ scenarios: loadScenarios() });
    render(<ShareToolbar />);
    await user.click(screen.getByRole('button', { name: 'Scenarios' }));
    await user.click(screen.getByRole('button', { name: 'Open Other' }));
    expect(loadScenarios().map((s) => s.name)).toEqual(['Other', 'Line 3 (before opening “Other”)']);
    expect(useAppStore.getState().answers).toEqual(DEFAULT_ANSWERS);
  });
});

describe('ShareNotices', () => {
  it('shows errors as alerts and notes as status, as text, and dismisses them', async () => {
    const user = userEvent.setup();
    pushNotice({
      id: 'a',
      kind: 'error',
      title: 'Bad <b>link</b>',
      details: ['data.x: <img src=x onerror=alert(1)>'],
    });
    pushNotice({ id: 'b', kind: 'info', title: 'Made with model 2025.01.1', details: [] });
    const { container } = render(<ShareNotices />);
    expect(screen.getByRole('alert')).toHaveTextContent('Bad <b>link</b>');
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Made with model 2025.01.1');
    await user.click(screen.getByRole('button', { name: 'Dismiss this problem' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks before a link replaces unsaved work: keep mine and save the link', async () => {
    const user = userEvent.setup();
    const link = { ...DEFAULT_ANSWERS, scenarioName: 'From Alex' };
    usePendingLink.setState({ pending: { answers: link, mine: MINE } });
    render(<ShareNotices />);
    const dialog = screen.getByRole('dialog', { name: 'Open this shared link?' });
    expect(dialog).toHaveTextContent('“From Alex”');
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine, save the link as a scenario' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(loadScenarios().map((s) => s.name)).toEqual(['From Alex']);
    expect(
      screen.getByText(/Kept your answers\. The link was saved as the scenario "From Alex"/),
    ).toBeInTheDocument();
  });

  it('after the link question (opened by the page, no trigger), focus goes to <main>, not <body>', async () => {
    const user = userEvent.setup();
    usePendingLink.setState({
      pending: { answers: { ...DEFAULT_ANSWERS, scenarioName: 'From Alex' }, mine: MINE },
    });
    render(
      <main id="main" tabIndex={-1}>
        <ShareNotices />
      </main>,
    );
    await user.click(screen.getByRole('button', { name: 'Keep mine, discard the link' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('asks before a link replaces unsaved work: open the link', async () => {
    const user = userEvent.setup();
    const link = { ...DEFAULT_ANSWERS, scenarioName: 'From Alex' };
    usePendingLink.setState({ pending: { answers: link, mine: MINE } });
    render(<ShareNotices />);
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    expect(useAppStore.getState().answers).toEqual(link);
    expect(loadScenarios().map((s) => s.name)).toEqual(['Line 3 (before opening a link)']);
  });
});

import './link-problem.css';

/**
 * What went wrong opening a link of several scenarios (a compare or topology link): the message, the values that
 * were replaced by their defaults, and a Dismiss button. An alert, so screen readers say it when it appears.
 */
export function LinkProblem(props: { error: string; problems: readonly string[]; onDismiss: () => void }) {
  return (
    <div role="alert" className="link-problem">
      <p>{props.error}</p>
      {props.problems.length > 0 ? (
        <ul>
          {props.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button--small no-print" onClick={props.onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

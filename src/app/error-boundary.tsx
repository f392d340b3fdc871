import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, in words ("the live results"), for the message. */
  area: string;
  children: ReactNode;
  /** When any of these change, the boundary tries to render its children again (for example new answers). */
  resetKeys?: readonly unknown[];
}

interface ErrorBoundaryState {
  error: Error | null;
  keys: readonly unknown[];
}

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * Catches a render error in one area of the page and shows a message in its place. The answers live in the
 * store, outside any boundary, so a crash never loses them: the rest of the page keeps working, and the area
 * retries when its reset keys change (for example after the user edits an answer) or on "Try again".
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, keys: this.props.resetKeys ?? [] };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    const keys = props.resetKeys ?? [];
    if (sameKeys(keys, state.keys)) return null;
    return { keys, error: null };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Edge Sizer: ${this.props.area} failed to render`, error, info.componentStack);
  }

  private readonly retry = (): void => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-box">
        <h2>Something went wrong showing {this.props.area}</h2>
        <p>
          Your answers are safe: they are kept apart from this part of the page. Change an answer or try
          again.
        </p>
        <p>
          <small>Technical detail: {error.message}</small>
        </p>
        <button type="button" className="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}

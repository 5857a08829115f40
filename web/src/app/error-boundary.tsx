import { Component, type ReactNode } from 'react';
import { ErrorPage } from './routes/error-page.tsx';

/** The last line of defence, for errors outside the router (its routes have their own error element). */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ErrorPage /> : this.props.children;
  }
}

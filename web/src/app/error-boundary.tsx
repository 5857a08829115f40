import { Component, type ReactNode } from 'react';
import { ErrorPage } from './routes/error-page.tsx';

/**
 * Shows the error page in place of what failed to render: the whole app (the last line of defence), or the
 * page under the layout (app-layout.tsx), whose code may also have failed to load.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ErrorPage /> : this.props.children;
  }
}

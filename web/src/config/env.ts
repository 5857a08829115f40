declare global {
  interface ImportMetaEnv {
    /** Checked and given its default when the app is built (web/build/env.ts). */
    readonly VITE_API_BASE_URL: string;
  }
}

export const env = {
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL,
};

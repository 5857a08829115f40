import { useCallback } from 'react';
import { useLanguage } from './i18n.ts';
import { formatInstant, type TimeStyle, timeZoneLabel } from './time.ts';
import { useViewer } from './viewer.ts';

/** The time helpers bound to the viewer's zone and language. */
export function useTimeFormat() {
  const { timeZone } = useViewer();
  const language = useLanguage();
  const format = useCallback(
    (instant: Date | string, style: TimeStyle) => formatInstant(instant, { timeZone, language, style }),
    [timeZone, language],
  );
  return { timeZone, format, zoneLabel: timeZoneLabel(timeZone, language) };
}

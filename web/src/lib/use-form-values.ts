import { type ChangeEvent, useState } from 'react';

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Form state stays in the component: text values and the props that bind a control to one of them. */
export function useFormValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const bind = <K extends keyof T & string>(field: K) => ({
    name: field,
    value: values[field],
    onChange: (event: ChangeEvent<TextControl>) =>
      setValues((previous) => ({ ...previous, [field]: event.target.value })),
  });
  return { values, setValues, bind };
}

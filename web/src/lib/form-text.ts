/** A text field of a submitted form, trimmed; absent is empty. */
export const formText = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

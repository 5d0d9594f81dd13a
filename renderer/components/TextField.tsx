/**
 * A labelled text input or textarea that commits on blur or Enter, so one edit = one save and one undo step.
 * Why: saving on every keystroke would flood the file and make undo go letter by letter.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  /**
   * One line of text shown whole: it wraps in its cell and the field grows with it (a textarea that Enter commits
   * and never breaks). Why: an indicator's name was cut in a narrow input.
   */
  wrap?: boolean;
  /** Visually hidden label (grids): the text is still the accessible name. */
  hideLabel?: boolean;
  list?: string;
  messages?: string[];
  className?: string;
  placeholder?: string;
  rows?: number;
  /** Column name in grids, used to move the focus along with a moved row. */
  name?: string;
  /** Grid cells and narrow fields: no message list under the input (the row lists them); still marked invalid. */
  compact?: boolean;
  /** With `compact`: id of the list that shows this field's messages elsewhere (for screen readers). */
  describedBy?: string;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, multiline, wrap, hideLabel, list, messages = [], className, placeholder, rows, name, compact, describedBy } = props;
  const id = useId();
  const [text, setTypedText] = useState(value);
  const [focused, setFocused] = useState(false);
  /**
   * Typed since the last commit: only then does the field keep its own text over the stored value. Once committed,
   * it follows the stored value even while focused, so a save the file refused (rolled back) shows what the file
   * holds and is not sent again when the field is left.
   */
  const typed = useRef(false);
  useEffect(() => {
    if (!focused || !typed.current) setTypedText(value);
  }, [value, focused]);
  const setText = (next: string) => {
    typed.current = true;
    setTypedText(next);
  };

  const commit = () => {
    typed.current = false;
    if (text !== value) onCommit(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && wrap) event.preventDefault(); // one line: Enter saves, it never breaks the text
    if (event.key === 'Enter' && !multiline) commit();
    if (event.key === 'Escape') {
      if (text !== value) event.preventDefault(); // Esc undid the typing: it must not also close the card
      typed.current = false;
      setTypedText(value);
    }
  };
  const common = {
    id,
    name,
    value: text,
    placeholder,
    'aria-invalid': messages.length > 0 || undefined,
    'aria-describedby': messages.length === 0 ? undefined : compact ? describedBy : `${id}-msg`,
    title: compact && messages.length > 0 ? messages.join('\n') : undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      commit();
    },
    onKeyDown,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {wrap ? (
        <textarea {...common} className="wrap-field" rows={1} onChange={(e) => setText(e.target.value.replace(/[\r\n]+/g, ' '))} />
      ) : multiline ? (
        <textarea {...common} rows={rows ?? 4} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input {...common} type="text" list={list} onChange={(e) => setText(e.target.value)} />
      )}
      {!compact && <FieldMessages id={`${id}-msg`} messages={messages} />}
    </div>
  );
}

export function FieldMessages({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-messages" role="alert">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

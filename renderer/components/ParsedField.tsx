/**
 * An input for a typed value (number, percent, date, euro...): Italian text in, parsed value out.
 * Why: text that does not parse is KEPT (as a draft in the store) and shown with the parse error, and it is
 * never saved; the file keeps the last valid value until the text becomes valid or the user presses Esc.
 */
import { useEffect, useId, useState } from 'react';
import { usePira } from '../store/StoreContext';
import { FieldMessages } from './TextField';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ParsedFieldProps<T> {
  label: string;
  /** The current valid value, formatted the Italian way. */
  formatted: string;
  draftKey: string;
  parse(text: string): ParseResult<T>;
  onCommit(value: T): void;
  hideLabel?: boolean;
  messages?: string[];
  className?: string;
  inputClassName?: string;
  list?: string;
  placeholder?: string;
  /** Column name in grids, used to move the focus along with a moved row. */
  name?: string;
  /** Grid cells: no message list under the input (the row lists them); the input is still marked invalid. */
  compact?: boolean;
}

export function ParsedField<T>(props: ParsedFieldProps<T>) {
  const { label, formatted, draftKey, parse, onCommit, hideLabel, messages = [], className, inputClassName, list, placeholder, name, compact } = props;
  const id = useId();
  const draft = usePira((s) => s.drafts[draftKey]);
  const setDraft = usePira((s) => s.setDraft);
  const shown = draft ?? formatted;
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);

  const parseError = draft !== undefined ? errorOf(parse(draft)) : null;
  const allMessages = parseError ? [parseError, ...messages] : messages;

  const commit = () => {
    if (text === formatted) {
      setDraft(draftKey, null);
      return;
    }
    const result = parse(text);
    if (result.ok) {
      setDraft(draftKey, null);
      onCommit(result.value);
    } else {
      setDraft(draftKey, text);
    }
  };

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        placeholder={placeholder}
        type="text"
        className={inputClassName}
        value={text}
        list={list}
        aria-invalid={parseError ? true : undefined}
        aria-describedby={allMessages.length > 0 && !compact ? `${id}-msg` : undefined}
        title={compact && allMessages.length > 0 ? allMessages.join('\n') : undefined}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          commit();
        }}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            if (text !== formatted || draft !== undefined) e.preventDefault(); // undid typing: do not close the card too
            setDraft(draftKey, null);
            setText(formatted);
          }
        }}
      />
      {!compact && <FieldMessages id={`${id}-msg`} messages={allMessages} />}
    </div>
  );
}

function errorOf<T>(result: ParseResult<T>): string | null {
  return result.ok ? null : result.error;
}

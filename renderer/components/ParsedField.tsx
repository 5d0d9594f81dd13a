/**
 * An input for a typed value (number, percent, date, euro...): Italian text in, parsed value out.
 * Why: text that does not parse is KEPT (as a draft in the store) and shown with the parse error, and it is
 * never saved; the file keeps the last valid value until the text becomes valid or the user presses Esc.
 * `useDraftedText` is that logic alone, shared with the grid cells (features/editor/GridCell.tsx).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { usePira } from '../store/StoreContext';
import { FieldMessages } from './TextField';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface DraftedTextOptions<T> {
  /** The current valid value, formatted the Italian way. */
  formatted: string;
  draftKey: string;
  parse(text: string): ParseResult<T>;
  onCommit(value: T): void;
}

/** The text of a typed field: local while typing, a draft in the store when it does not parse. */
export function useDraftedText<T>({ formatted, draftKey, parse, onCommit }: DraftedTextOptions<T>) {
  const draft = usePira((s) => s.drafts[draftKey]);
  const setDraft = usePira((s) => s.setDraft);
  const shown = draft ?? formatted;
  const [text, setTypedText] = useState(shown);
  const [focused, setFocused] = useState(false);
  /** The text last committed and whether it was valid: Enter then blur must not save twice. */
  const lastCommit = useRef<{ text: string; ok: boolean } | null>(null);
  /** Typed since the last commit: only then does the field keep its own text over the stored value. */
  const typed = useRef(false);
  useEffect(() => {
    if (!focused || !typed.current) setTypedText(shown);
  }, [shown, focused]);

  const setText = (next: string) => {
    lastCommit.current = null;
    typed.current = true;
    setTypedText(next);
  };

  /** Saves readable text, keeps unreadable text as a draft; true when the field now holds a valid value. */
  const commit = (): boolean => {
    if (lastCommit.current?.text === text) return lastCommit.current.ok;
    let ok = true;
    if (text === formatted) setDraft(draftKey, null);
    else {
      const result = parse(text);
      if (result.ok) {
        setDraft(draftKey, null);
        onCommit(result.value);
      } else {
        setDraft(draftKey, text);
        ok = false;
      }
    }
    lastCommit.current = { text, ok };
    typed.current = false;
    return ok;
  };

  /** Back to the saved value: the draft and the typed text are dropped. True when there was something to drop. */
  const restore = (): boolean => {
    const changed = text !== formatted || draft !== undefined;
    setDraft(draftKey, null);
    lastCommit.current = null;
    typed.current = false;
    setTypedText(formatted);
    return changed;
  };

  const parseError = draft !== undefined ? errorOf(parse(draft)) : null;
  return { text, setText, focused, setFocused, commit, restore, parseError };
}

export interface ParsedFieldProps<T> extends DraftedTextOptions<T> {
  label: string;
  hideLabel?: boolean;
  messages?: string[];
  className?: string;
  inputClassName?: string;
  list?: string;
  placeholder?: string;
  /** Column name in grids, used to move the focus along with a moved row. */
  name?: string;
  /** Narrow fields: no message list under the input (shown elsewhere); the input is still marked invalid. */
  compact?: boolean;
  /** With `compact`: id of the list that shows this field's messages elsewhere (for screen readers). */
  describedBy?: string;
  /** The value typed so far when it can be read (null otherwise, and when the field is left): live previews. */
  onLive?(live: { value: T } | null): void;
}

export function ParsedField<T>(props: ParsedFieldProps<T>) {
  const { label, hideLabel, messages = [], className, inputClassName, list, placeholder, name, compact, describedBy, parse, onLive } = props;
  const id = useId();
  const { text, setText, setFocused, commit, restore, parseError } = useDraftedText(props);
  const allMessages = parseError ? [parseError, ...messages] : messages;
  const describedById = allMessages.length === 0 ? undefined : compact ? describedBy : `${id}-msg`;

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
        aria-invalid={parseError || (compact && allMessages.length > 0) ? true : undefined}
        aria-describedby={describedById}
        title={compact && allMessages.length > 0 ? allMessages.join('\n') : undefined}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          commit();
          onLive?.(null);
        }}
        onChange={(e) => {
          setText(e.target.value);
          if (onLive) {
            const live = parse(e.target.value);
            onLive(live.ok ? { value: live.value } : null);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            if (restore()) e.preventDefault(); // undid typing: do not close the card too
            onLive?.(null);
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

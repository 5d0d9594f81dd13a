/**
 * Whole texts of controls too narrow for them: a hover tooltip (`title`) and, while the control has the keyboard
 * focus and its text is really cut, the whole text in a bubble under it. Why: a select or a status showing
 * "Competitività e svilup…" hides what was chosen; screen readers already get the whole text from the control,
 * so the bubble is only for the eyes (aria-hidden).
 */
import { useCallback, useLayoutEffect, useRef, useState, type SelectHTMLAttributes } from 'react';

let measuringContext: CanvasRenderingContext2D | null = null;

/** True when `text` does not fit in `el` (a select shows its chosen option, measured with the select's font). */
function textOverflows(el: HTMLElement, text: string): boolean {
  if (!(el instanceof HTMLSelectElement)) return el.scrollWidth > el.clientWidth + 1;
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return false;
  const style = getComputedStyle(el);
  measuringContext.font = style.font || `${style.fontSize} ${style.fontFamily}`;
  const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20; // the arrow
  return measuringContext.measureText(text).width > room;
}

/** Measures on focus (and when the text changes while focused); returns the bubble to render next to the control. */
export function useFullTextOnFocus<T extends HTMLElement>(text: string) {
  const ref = useRef<T | null>(null);
  const [cut, setCut] = useState(false);
  const measure = useCallback(() => setCut(ref.current !== null && text !== '' && textOverflows(ref.current, text)), [text]);
  useLayoutEffect(() => {
    if (ref.current && document.activeElement === ref.current) measure();
  }, [measure]);
  const tip = cut ? (
    <span className="full-text-tip" aria-hidden="true">
      {text}
    </span>
  ) : null;
  return { ref, onFocus: measure, tip };
}

export interface FullTextSelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  /** The chosen option's text as shown. */
  fullText: string;
}

/** A <select> with its chosen option's whole text on hover and on focus. */
export function FullTextSelect({ fullText, title, onFocus, className, ...props }: FullTextSelectProps) {
  const { ref, onFocus: measure, tip } = useFullTextOnFocus<HTMLSelectElement>(fullText);
  return (
    <span className={`tip-anchor ${className ?? ''}`}>
      <select
        {...props}
        ref={ref}
        title={title ?? fullText}
        onFocus={(event) => {
          measure();
          onFocus?.(event);
        }}
      />
      {tip}
    </span>
  );
}

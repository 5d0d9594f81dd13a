/**
 * A labelled drop-down that saves on change (a choice is a complete edit); its chosen text shows whole on hover
 * and on focus when the field is too narrow for it.
 */
import { useId } from 'react';
import { FullTextSelect } from './FullText';
import { FieldMessages } from './TextField';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: SelectOption[];
  onChange(value: string): void;
  hideLabel?: boolean;
  messages?: string[];
  className?: string;
  /** Offered when the current value is not among the options (e.g. an unknown code from an import). */
  emptyLabel?: string;
  /** Column name in grids, used to move the focus along with a moved row. */
  name?: string;
  /** Grid cells: no message list under the input (the row lists them); the input is still marked invalid. */
  compact?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { label, value, options, onChange, hideLabel, messages = [], className, emptyLabel, name, compact } = props;
  const id = useId();
  const known = options.some((o) => o.value === value);
  const unknownLabel = `${value} (non in catalogo)`;
  const shownLabel = options.find((o) => o.value === value)?.label ?? (value === '' ? (emptyLabel ?? '') : unknownLabel);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <FullTextSelect
        id={id}
        fullText={shownLabel}
        name={name}
        value={value}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={messages.length > 0 && !compact ? `${id}-msg` : undefined}
        title={compact && messages.length > 0 ? messages.join('\n') : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {!known && value !== '' && <option value={value}>{unknownLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </FullTextSelect>
      {!compact && <FieldMessages id={`${id}-msg`} messages={messages} />}
    </div>
  );
}

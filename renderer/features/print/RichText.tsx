/**
 * Renders parsed description/premessa markup (paragraphs, bullet and numbered lists, italics, bold).
 * Why: the print view and the preview show the author's structure, never the raw markup characters.
 */
import { Fragment } from 'react';
import { parseRichText, type Line } from './richText';

function LineText({ line }: { line: Line }) {
  return (
    <>
      {line.map((span, i) => {
        if (span.bold) return <strong key={i}>{span.text}</strong>;
        if (span.italic) return <em key={i}>{span.text}</em>;
        return <Fragment key={i}>{span.text}</Fragment>;
      })}
    </>
  );
}

function Lines({ lines }: { lines: Line[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          <LineText line={line} />
        </Fragment>
      ))}
    </>
  );
}

export function RichText({ text, className = 'pd-prose' }: { text: string; className?: string }) {
  const blocks = parseRichText(text);
  return (
    <div className={className}>
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>
            <Lines lines={block.lines} />
          </p>
        ) : (
          <ul key={i} className="pd-list">
            {block.items.map((item, j) => (
              <li key={j} className={item.number ? 'pd-numbered' : undefined}>
                {item.number && <span className="pd-item-number">{item.number}</span>}
                <Lines lines={item.lines} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

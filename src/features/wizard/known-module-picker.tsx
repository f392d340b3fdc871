/**
 * "Add a known module": a searchable picker over the catalog of known modules (src/domain/modules/known-modules.ts),
 * built as the WAI-ARIA 1.2 combobox pattern with a listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
 * type to filter, Down/Up to move, Enter to add, Escape to close. The focused option is announced through
 * aria-activedescendant, and what was added through a status message.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { KNOWN_MODULES, type KnownModule } from '../../domain/modules/known-modules.ts';

/** What the picker says about an entry's hardware needs, in a few words. */
export function needsSummary(entry: KnownModule): string {
  const parts: string[] = [];
  if (entry.gpu.value !== null) parts.push('needs an NVIDIA GPU');
  if (entry.architectures.value !== null) parts.push(`${entry.architectures.value.join(' or ')} only`);
  return parts.join(', ');
}

const searchText = (entry: KnownModule) =>
  `${entry.name} ${entry.summary} ${entry.image} ${entry.id}`.toLowerCase();

/** The entries whose name, summary or image contain every word typed. */
export function filterKnownModules(query: string): KnownModule[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return KNOWN_MODULES.filter((entry) => words.every((w) => searchText(entry).includes(w)));
}

export function KnownModulePicker({
  disabled,
  onPick,
}: {
  disabled: boolean;
  onPick: (entry: KnownModule) => string;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const options = useMemo(() => filterKnownModules(query), [query]);
  const current = options[Math.min(active, options.length - 1)];
  const expanded = open && options.length > 0;

  const pick = (entry: KnownModule) => {
    setStatus(onPick(entry));
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : options.length - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (options.length === 0 ? 0 : (a + step + options.length) % options.length));
    } else if (event.key === 'Enter') {
      if (open && current !== undefined) {
        event.preventDefault();
        pick(current);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else setQuery('');
    } else if (event.key === 'Home' || event.key === 'End') {
      if (open && options.length > 0) {
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : options.length - 1);
      }
    }
  };

  const optionId = (entry: KnownModule) => `${id}-option-${entry.id}`;

  return (
    <div className="known-picker">
      <label htmlFor={`${id}-input`} className="known-picker__label">
        Add a known module
      </label>
      <p id={`${id}-help`} className="field__help">
        Type to search {KNOWN_MODULES.length} widely used modules (Azure SQL Edge, Spatial Analysis,
        DeepStream, OPC Publisher…); Enter adds the one highlighted, sized by its published figures.
      </p>
      <div className="known-picker__box">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${id}-help`}
          aria-activedescendant={expanded && current !== undefined ? optionId(current) : undefined}
          value={query}
          disabled={disabled}
          placeholder="Search: sql, gpu, opc…"
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setStatus('')}
          onBlur={() => setOpen(false)}
          onClick={() => setOpen(true)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Known modules"
          className="known-picker__list"
          hidden={!expanded}
        >
          {options.map((entry) => {
            const selected = entry === current;
            const needs = needsSummary(entry);
            return (
              <li
                key={entry.id}
                id={optionId(entry)}
                role="option"
                aria-selected={selected}
                className={`known-picker__option${selected ? ' known-picker__option--active' : ''}`}
                // Keep the focus in the input: a mouse-down on an option would blur it and close the list.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(entry)}
              >
                <span className="known-picker__name">{entry.name}</span>
                <span className="known-picker__summary">
                  {entry.summary}
                  {needs === '' ? '' : ` (${needs})`}
                </span>
              </li>
            );
          })}
        </ul>
        {open && options.length === 0 ? (
          <p className="known-picker__empty">
            No known module matches “{query}”. Use “Add a module” instead.
          </p>
        ) : null}
      </div>
      <p role="status" className="known-picker__status">
        {status}
      </p>
    </div>
  );
}

import type { ReactNode } from 'react';

interface ChoiceCardProps {
  /** The radio group's name. */
  name: string;
  value: string;
  checked: boolean;
  onPick: () => void;
  title: ReactNode;
  /** The language the title is written in, when it is not the page's ("Français" on an English page). */
  titleLang?: string;
  children?: ReactNode;
  testId: string;
}

/** One answer of a radio group, as a card: the radio, a title, and lines under it. */
export function ChoiceCard({
  name,
  value,
  checked,
  onPick,
  title,
  titleLang,
  children,
  testId,
}: ChoiceCardProps) {
  return (
    <label className="wl-choice" data-testid={testId}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onPick} />
      <span className="wl-choice__body">
        <span className="wl-choice__title" lang={titleLang}>
          {title}
        </span>
        {children}
      </span>
    </label>
  );
}

import type { MentionView } from '../lib/messages';

/** Why the detector took this text for the February 2018 engagement. */
export function WhyMatched({ mention }: { mention: MentionView }) {
  return (
    <details class="why">
      <summary>Why this was marked</summary>
      <p>
        “<span class="why__text">{mention.text}</span>” — confidence {Math.round(mention.score * 100)}%.
      </p>
      <p class="why__cues">
        Evidence: {mention.cues.join(', ')}
        {mention.against.length > 0 && <>. Against: {mention.against.join(', ')}</>}
      </p>
    </details>
  );
}

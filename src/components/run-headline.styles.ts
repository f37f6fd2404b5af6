import { css } from 'lit';

/** A run's headline figures (`run-headline.ts`): figures in a wrapping row, the name above the number. */
export const headlineStyles = css`
  .headline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
    margin: 0.4rem 0;
  }
  .headline .figure {
    min-width: 0;
  }
  .headline dt {
    font-size: 0.72rem;
    color: var(--_muted);
  }
  .headline dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .headline .difference {
    font-weight: normal;
    color: var(--_muted);
  }
`;

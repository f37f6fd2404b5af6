/** Errors as people read them: a load error by its kind, without its URL; other errors without the platform's "Error:". */
import { describe, expect, it } from 'vitest';
import { errorText, loadErrorText } from '../../src/components/error-text.js';
import { LOAD_ERROR_NAME, LOAD_FAILURE_OPENINGS } from '../../src/worker/api.js';

const URL_OF_PART = 'https://example.org/data/generated/parts/glosses-004.be0d9a36f18b5df0.bin.gz';
const loadError = (message: string) => Object.assign(new Error(message), { name: LOAD_ERROR_NAME });

describe('errorText', () => {
  it('tells people to check the connection only when the network failed', () => {
    const text = errorText(loadError(`${LOAD_FAILURE_OPENINGS.network} from ${URL_OF_PART}: Failed to fetch`));
    expect(text).toBe('the data could not be downloaded. Check the connection, then try again.');
  });

  it('says an HTTP error is the server’s, with its status, and not the connection’s', () => {
    const text = errorText(loadError(`${LOAD_FAILURE_OPENINGS.server} (HTTP 500 Internal Server Error) from ${URL_OF_PART}`));
    expect(text).toBe('the server did not send the data (HTTP 500). The connection is fine: try again later.');
    expect(text).not.toMatch(/check the connection/i);
  });

  it('says damaged bytes are a damaged download', () => {
    const text = errorText(loadError(`${LOAD_FAILURE_OPENINGS.damaged}: ${URL_OF_PART} is not the expected content (sha256 0123…)`));
    expect(text).toMatch(/^the data arrived damaged/);
  });

  it.each(Object.values(LOAD_FAILURE_OPENINGS))('never shows the URL or the bytes (%s)', (opening) => {
    expect(errorText(loadError(`${opening} from ${URL_OF_PART}: it broke off after 100 of 200 bytes`))).not.toMatch(
      /https?:|glosses|bytes/,
    );
  });

  it('words a lookup’s definitionUnavailable as it words the error', () => {
    expect(loadErrorText(`${LOAD_FAILURE_OPENINGS.network} from ${URL_OF_PART}: Failed to fetch`)).toMatch(
      /^the data could not be downloaded/,
    );
  });

  it('shows other errors’ messages as they are, without a leading “Error:”', () => {
    expect(errorText(new Error('no WordNet 3.0 noun synset n99999999'))).toBe('no WordNet 3.0 noun synset n99999999');
    expect(errorText(new Error('Error: the synset index worker failed'))).toBe('the synset index worker failed');
    expect(errorText(new Error('Uncaught TypeError: x is undefined'))).toBe('x is undefined');
    expect(errorText('a thrown string')).toBe('a thrown string');
  });
});

/** What fetchPage's tests share: loopback options, and the error a fetch that must fail gives. */
import type { EngineFetchError } from "./errors";
import { fetchPage, type FetchPageOptions } from "./fetch-page";

/** Loopback allowed, robots.txt not asked for (the tests' servers serve only their routes). */
export const LOOPBACK: FetchPageOptions = { allowPrivate: true, respectRobots: false };

/** The error fetching `url` gives; the test fails if the fetch succeeds. */
export const fetchFailure = (url: string, o: Partial<FetchPageOptions> = {}) =>
  fetchPage(url, { ...LOOPBACK, ...o }).then(
    () => {
      throw new Error(`expected ${url} to fail`);
    },
    (err: unknown) => err as EngineFetchError,
  );

import { CHUNK_CHARS, RowReader } from "./rows";

/**
 * The rows a grid shows (after its filters and sort), by position: row N is the N-th well-formed row
 * of the result, as the browser counted them. Out comes NDJSON of just those rows, in the given
 * order, for any export format.
 *
 * Positions in ascending order (a filter, no sort) stream with flat memory. Any other order (a sort)
 * needs the chosen rows together: their JSON text is held until the end — memory grows with the
 * selection, not the result.
 */
export function selectRows(source: ReadableStream<Uint8Array>, positions: readonly number[]): ReadableStream<Uint8Array> {
  const ascending = positions.every((p, i) => i === 0 || p > positions[i - 1]!);
  return ascending ? selectInOrder(source, positions) : selectReordered(source, positions);
}

function selectInOrder(source: ReadableStream<Uint8Array>, positions: readonly number[]): ReadableStream<Uint8Array> {
  const rows = new RowReader(source);
  const encoder = new TextEncoder();
  let index = 0;
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text = "";
        const finish = async () => {
          await rows.cancel().catch(() => undefined);
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
        };
        while (text.length < CHUNK_CHARS) {
          if (next >= positions.length) return finish();
          const row = rows.shift();
          if (row === undefined) {
            if (!(await rows.fill())) return finish();
            continue;
          }
          if (index++ === positions[next]) {
            text += `${JSON.stringify(row)}\n`;
            next++;
          }
        }
        controller.enqueue(encoder.encode(text));
      },
      cancel(reason) {
        return rows.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

function selectReordered(source: ReadableStream<Uint8Array>, positions: readonly number[]): ReadableStream<Uint8Array> {
  const ranks = new Map<number, number[]>();
  positions.forEach((p, i) => ranks.set(p, [...(ranks.get(p) ?? []), i]));
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const chosen: (string | undefined)[] = new Array(positions.length);
      const rows = new RowReader(source);
      let index = 0;
      try {
        for (;;) {
          const row = rows.shift();
          if (row === undefined) {
            if (!(await rows.fill())) break;
            continue;
          }
          const at = ranks.get(index++);
          if (at) {
            const text = JSON.stringify(row);
            for (const i of at) chosen[i] = text;
          }
        }
        for (let i = 0; i < chosen.length; i += 1_000) {
          const text = chosen
            .slice(i, i + 1_000)
            .filter((t): t is string => t !== undefined)
            .map((t) => `${t}\n`)
            .join("");
          if (text) controller.enqueue(encoder.encode(text));
        }
        controller.close();
      } catch (err) {
        controller.error(err);
      }
    },
  });
}

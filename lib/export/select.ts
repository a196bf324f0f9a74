import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";

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
  const reader = source.getReader();
  const decoder = new NdjsonDecoder();
  const encoder = new TextEncoder();
  const items: NdjsonItem[] = [];
  let row = 0;
  let next = 0;
  const take = () => {
    let text = "";
    for (const item of items) {
      if (!("value" in item)) continue;
      if (row++ === positions[next]) {
        text += `${JSON.stringify(item.value)}\n`;
        next++;
      }
    }
    items.length = 0;
    return text;
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          if (next >= positions.length) {
            await reader.cancel().catch(() => undefined);
            controller.close();
            return;
          }
          const { done, value } = await reader.read();
          const text = done ? (decoder.end(items), take()) : (decoder.push(value, items), take());
          if (text) controller.enqueue(encoder.encode(text));
          if (done) {
            controller.close();
            return;
          }
          if (text) return;
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

function selectReordered(source: ReadableStream<Uint8Array>, positions: readonly number[]): ReadableStream<Uint8Array> {
  const rank = new Map<number, number[]>();
  positions.forEach((p, i) => {
    const list = rank.get(p);
    if (list) list.push(i);
    else rank.set(p, [i]);
  });
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const chosen: (string | undefined)[] = new Array(positions.length);
      const reader = source.getReader();
      const decoder = new NdjsonDecoder();
      const items: NdjsonItem[] = [];
      let row = 0;
      const take = () => {
        for (const item of items) {
          if (!("value" in item)) continue;
          const at = rank.get(row++);
          if (at) {
            const text = JSON.stringify(item.value);
            for (const i of at) chosen[i] = text;
          }
        }
        items.length = 0;
      };
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          decoder.push(value, items);
          take();
        }
        decoder.end(items);
        take();
        const BATCH = 1_000;
        for (let i = 0; i < chosen.length; i += BATCH) {
          const text = chosen
            .slice(i, i + BATCH)
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

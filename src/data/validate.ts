// Turns schema failures into messages a person can act on: the file, the record's id and the field.
import type { z } from 'zod';

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s)\n  - ${problems.join('\n  - ')}`);
    this.name = 'DataError';
  }
}

/** Parses `data` with `schema`; on failure names the record (by its `id` where it has one) and field. */
export function parseFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    let record = '';
    // Walk the path to the outermost object that has an id (the record, not a link inside it), and name it.
    let node: unknown = data;
    for (let i = 0; i < issue.path.length; i++) {
      node = (node as Record<PropertyKey, unknown> | undefined)?.[issue.path[i] as PropertyKey];
      // Records are named by their id, or (dates, facts) by the place they are about.
      const named = node as { id?: unknown; place?: unknown } | undefined;
      const nodeId = named?.id ?? named?.place;
      if (typeof nodeId === 'string' && !record) record = `"${nodeId}" (${path.slice(0, i + 1).join('.')})`;
    }
    const field = path.join('.') || '(root)';
    return `${record ? `record ${record}, ` : ''}field ${field}: ${issue.message}`;
  });
  throw new DataError(file, problems);
}

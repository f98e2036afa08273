const lineWidth = 110;

function wrap(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  return [...lines, current];
}

/** A doc comment at `indent`: on one line when it fits, else wrapped to the line width. */
export function docComment(text: string | undefined, indent = ''): string[] {
  if (!text?.trim()) return [];
  const paragraphs = text.replaceAll('*/', '*\\/').trim().split('\n');
  const oneLine = `${indent}/** ${paragraphs[0]?.trim()} */`;
  if (paragraphs.length === 1 && oneLine.length <= lineWidth) return [oneLine];
  const body = paragraphs.flatMap((line) => wrap(line, lineWidth - indent.length - 3));
  return [`${indent}/**`, ...body.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`];
}

/** `export type name = a | b;`, broken into one branch per line when it does not fit. */
export function unionAlias(name: string, branches: string[]): string {
  const oneLine = `export type ${name} = ${branches.join(' | ')};`;
  if (oneLine.length <= lineWidth) return oneLine;
  return `export type ${name} =\n${branches.map((branch) => `  | ${branch}`).join('\n')};`;
}

/** `export const name = [...] as const;`, one item per line when it does not fit. */
export function constTuple(name: string, items: string[]): string {
  const oneLine = `export const ${name} = [${items.join(', ')}] as const;`;
  if (oneLine.length <= lineWidth) return oneLine;
  return `export const ${name} = [\n${items.map((item) => `  ${item},`).join('\n')}\n] as const;`;
}

export const quote = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

export const pascalCase = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

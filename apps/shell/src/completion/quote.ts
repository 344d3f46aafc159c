/**
 * Quotes a completed value only when PowerShell would not read it back as one bareword: spaces,
 * quotes, `$` (expansion), grouping and separator characters, or a leading `@ # -`. A `#` inside a
 * word is fine, so guest UPNs like jane_fabrikam.com#EXT#@contoso.onmicrosoft.com stay bare.
 */
const NEEDS_QUOTES = /[\s'"`$(){}|;,&<>]|^[@#-]|^$/;

export function quoteIfNeeded(value: string): string {
  return NEEDS_QUOTES.test(value) ? `'${value.replace(/'/g, "''")}'` : value;
}

/** The text a user typed for a value, without an opening quote (and closing one, if typed). */
export function unquotePrefix(typed: string): string {
  const first = typed[0];
  if (first !== "'" && first !== '"') return typed;
  const body = typed.slice(1);
  return body.endsWith(first) ? body.slice(0, -1) : body;
}

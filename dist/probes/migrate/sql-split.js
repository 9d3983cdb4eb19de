// Split a migration file into statements the way PostgreSQL reads them: `;` ends a statement
// only outside 'strings' (with '' and E'\'' escapes), "identifiers", $tag$ dollar quotes $tag$,
// -- line comments, /* nested block comments */ and BEGIN ATOMIC … END function bodies.
const WORD = /[A-Za-z_]/;
const LEADING_COMMENTS = /^(\s+|--[^\n]*(\n|$)|\/\*[\s\S]*?\*\/)*/;
export function splitSql(text) {
    const out = [];
    let start = 0;
    let i = 0;
    let atomicDepth = 0; // inside BEGIN ATOMIC: CASE…END and BEGIN ATOMIC…END nest
    let prevWord = '';
    const n = text.length;
    const push = (end) => {
        const raw = text.slice(start, end);
        if (stripComments(raw).trim()) {
            // Leading comments (a file's header) are not part of what the statement is.
            const lead = raw.length - raw.replace(LEADING_COMMENTS, '').length;
            const line = text.slice(0, start + lead).split('\n').length;
            out.push({ sql: raw.slice(lead).trim(), line });
        }
    };
    while (i < n) {
        const ch = text[i];
        const next = text[i + 1];
        if (ch === '-' && next === '-') {
            const eol = text.indexOf('\n', i);
            i = eol === -1 ? n : eol + 1;
        }
        else if (ch === '/' && next === '*') {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text[i] === '/' && text[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else if (text[i] === '*' && text[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
        }
        else if (ch === "'") {
            // E'...' strings allow backslash escapes; standard strings only ''.
            const escaped = i > 0 && /[eE]/.test(text[i - 1]) && (i < 2 || !/[\w$]/.test(text[i - 2]));
            i++;
            while (i < n) {
                if (escaped && text[i] === '\\')
                    i += 2;
                else if (text[i] === "'" && text[i + 1] === "'")
                    i += 2;
                else if (text[i] === "'") {
                    i++;
                    break;
                }
                else
                    i++;
            }
        }
        else if (ch === '"') {
            i++;
            while (i < n) {
                if (text[i] === '"' && text[i + 1] === '"')
                    i += 2;
                else if (text[i] === '"') {
                    i++;
                    break;
                }
                else
                    i++;
            }
        }
        else if (ch === '$' && (i === 0 || !/[\w$]/.test(text[i - 1]))) {
            const m = /^\$([A-Za-z_][\w]*)?\$/.exec(text.slice(i, i + 64));
            if (m) {
                const tag = m[0];
                const close = text.indexOf(tag, i + tag.length);
                i = close === -1 ? n : close + tag.length;
            }
            else
                i++;
        }
        else if (WORD.test(ch) && (i === 0 || !/[\w$]/.test(text[i - 1]))) {
            let j = i + 1;
            while (j < n && /[\w$]/.test(text[j]))
                j++;
            const word = text.slice(i, j).toLowerCase();
            if (word === 'atomic' && prevWord === 'begin')
                atomicDepth++;
            else if (atomicDepth > 0 && word === 'case')
                atomicDepth++;
            else if (atomicDepth > 0 && word === 'end')
                atomicDepth--;
            prevWord = word;
            i = j;
        }
        else if (ch === ';' && atomicDepth === 0) {
            push(i);
            start = i + 1;
            i++;
            prevWord = '';
        }
        else {
            if (!/\s/.test(ch))
                prevWord = '';
            i++;
        }
    }
    push(n);
    return out;
}
/** The text with comments removed (strings kept), for classifying statements. */
export function stripComments(sql) {
    return sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}
/** Statements PostgreSQL refuses inside a transaction block. */
const NO_TX = [
    /^\s*create\s+(unique\s+)?index\s+concurrently\b/i,
    /^\s*drop\s+index\s+concurrently\b/i,
    /^\s*reindex\b[^;]*\bconcurrently\b/i,
    /^\s*alter\s+table\b[^;]*\bdetach\s+partition\b[^;]*\bconcurrently\b/i,
    /^\s*vacuum\b/i,
    /^\s*(create|drop)\s+database\b/i,
    /^\s*alter\s+system\b/i,
];
export function needsNoTransaction(statements, fileText) {
    if (/^\s*--\s*shipgate:no-transaction\b/im.test(fileText))
        return true;
    return statements.some((s) => NO_TX.some((re) => re.test(stripComments(s.sql))));
}

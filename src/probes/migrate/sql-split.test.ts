import { describe, expect, it } from 'vitest';
import { needsNoTransaction, splitSql } from './sql-split.ts';

const sqls = (t: string) => splitSql(t).map((s) => s.sql);

describe('splitSql', () => {
  it('splits on semicolons and keeps line numbers', () => {
    const s = splitSql('create table a (id int);\n\nalter table a add column b int;\n');
    expect(s).toEqual([
      { sql: 'create table a (id int)', line: 1 },
      { sql: 'alter table a add column b int', line: 3 },
    ]);
  });

  it('ignores ; inside strings, identifiers and comments', () => {
    expect(sqls(`insert into t values ('a;b', 'it''s;'); select "we;ird" from t; -- c;d\nselect 1 /* x; /* nested; */ y; */;`)).toEqual([
      `insert into t values ('a;b', 'it''s;')`,
      'select "we;ird" from t',
      'select 1 /* x; /* nested; */ y; */',
    ]);
  });

  it('handles E-strings with backslash escapes', () => {
    expect(sqls(`select E'a\\';b'; select 2`)).toEqual([`select E'a\\';b'`, 'select 2']);
  });

  it('keeps dollar-quoted function bodies whole, with or without a tag', () => {
    const fn = `create function f() returns int language plpgsql as $body$ begin perform 1; return 2; end $body$`;
    const anon = `do $$ begin raise notice 'x;'; end $$`;
    expect(sqls(`${fn};\n${anon};\nselect $1::int`)).toEqual([fn, anon, 'select $1::int']);
  });

  it('keeps BEGIN ATOMIC bodies whole', () => {
    const fn = `create function g(x int) returns int begin atomic select case when x > 0 then 1 else 0 end; select 2; end`;
    expect(sqls(`${fn}; select 3;`)).toEqual([fn, 'select 3']);
  });

  it('leaves leading comments out of the statement and its line', () => {
    expect(splitSql('-- header\n/* more */\nalter table t add c int;')).toEqual([{ sql: 'alter table t add c int', line: 3 }]);
  });

  it('drops empty and comment-only statements', () => {
    expect(sqls(';;\n-- only a comment\n;select 1;')).toEqual(['select 1']);
  });
});

describe('needsNoTransaction', () => {
  it('is true for CREATE INDEX CONCURRENTLY and the directive', () => {
    expect(needsNoTransaction(splitSql('create index concurrently i on t (a);'), '')).toBe(true);
    expect(needsNoTransaction(splitSql('/* why */ CREATE UNIQUE INDEX CONCURRENTLY i on t (a);'), '')).toBe(true);
    const text = '-- shipgate:no-transaction\nupdate t set a = 1;';
    expect(needsNoTransaction(splitSql(text), text)).toBe(true);
  });
  it('is false for ordinary DDL', () => {
    expect(needsNoTransaction(splitSql('create index i on t (a); alter table t add column c int;'), '')).toBe(false);
  });
});

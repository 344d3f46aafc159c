import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScript } from '../../../language/index.js';
import { entraSession, type EntraSession } from '../../entra/test-support/entra-session.js';
import { builtinCmdlets } from '../../index.js';
import { ABOUT_TOPICS, aboutTopicNames, findAboutTopics, renderTopic, type AboutTopic } from './index.js';

/**
 * The command lines a topic shows: the lines of its indented blocks that start two spaces in. A
 * parameter table (lines starting with '-', continued further in) is not a command line.
 */
function exampleLines(topic: AboutTopic): string[] {
  return topic.body
    .filter((p) => p.startsWith(' '))
    .flatMap((p) => p.split('\n'))
    .filter((l) => /^ {2}[^\s-]/.test(l))
    .map((l) => l.trim());
}

const commandNames = new Set(builtinCmdlets.flatMap((c) => [c.name, ...c.aliases].map((n) => n.toLowerCase())));

describe('about topics', () => {
  it('are in name order with unique about_ names', () => {
    const names = ABOUT_TOPICS.map((t) => t.name);
    expect(names.every((n) => n.startsWith('about_'))).toBe(true);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names every topic for completion, in the same order', () => {
    expect(aboutTopicNames()).toEqual(ABOUT_TOPICS.map((t) => t.name));
    expect(aboutTopicNames()).toContain('about_Bulk_Issuance');
  });

  it.each(ABOUT_TOPICS.map((t) => [t.name, t] as const))('%s renders in the about-file layout within 80 columns', (_name, topic) => {
    const text = renderTopic(topic);
    expect(text.startsWith(`TOPIC\n    ${topic.name}\n\nSHORT DESCRIPTION\n`)).toBe(true);
    expect(text).toContain('\nLONG DESCRIPTION\n');
    // Example blocks are written by hand and may be long command lines; prose is wrapped.
    const blocks = new Set(topic.body.filter((p) => p.startsWith(' ')).flatMap((p) => p.split('\n').map((l) => `    ${l}`)));
    for (const line of text.split('\n')) if (!blocks.has(line)) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it.each(ABOUT_TOPICS.map((t) => [t.name, t] as const))('%s refers only to topics and commands that exist', (_name, topic) => {
    for (const ref of topic.seeAlso) {
      const known = findAboutTopics(ref).length === 1 || commandNames.has(ref.toLowerCase());
      expect(known, ref).toBe(true);
    }
  });

  it.each(ABOUT_TOPICS.map((t) => [t.name, t] as const))('%s shows command lines that parse', (_name, topic) => {
    for (const line of exampleLines(topic)) {
      expect(() => parseScript(line), line).not.toThrow();
    }
  });

  it('finds topics by exact name or wildcard, ignoring case', () => {
    expect(findAboutTopics('ABOUT_demo_tenant').map((t) => t.name)).toEqual(['about_Demo_Tenant']);
    expect(findAboutTopics('about_*').length).toBe(ABOUT_TOPICS.length);
    expect(findAboutTopics('about_Demo')).toEqual([]);
  });
});

describe('about topic examples on the demo tenant', () => {
  let shell: EntraSession;
  beforeAll(async () => {
    shell = await entraSession();
    expect((await shell.connect()).errors).toEqual([]);
  });
  afterAll(() => shell.close());

  // Those that need no files: the demo tenant's and the pass topic's, run as a reader would.
  it.each([...exampleLines(findAboutTopics('about_Demo_Tenant')[0]!), ...exampleLines(findAboutTopics('about_Temporary_Access_Pass')[0]!)])(
    'runs %s',
    async (line) => {
      const run = await shell.run(line);
      expect(run.errors.map((e) => e.message)).toEqual([]);
      // Something to show: output records, or the "What if:" line of -WhatIf.
      expect(run.output.length + run.information.length).toBeGreaterThan(0);
    },
  );
});

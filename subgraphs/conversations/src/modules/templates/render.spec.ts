import { describe, expect, it } from 'vitest';
import { placeholders, TemplateValidator } from './render.js';

const def = {
  id: 't1',
  templateContent: 'Write a {{ tone }} email to {{name}} about {{topic}}. {{signature}}',
  requiredVariables: ['name', 'topic', 'tone'],
  optionalVariables: ['signature'],
  variableSchemas: { name: { type: 'string', minLength: 1 }, tone: { enum: ['formal', 'casual'] }, topic: { type: 'string', maxLength: 20 } },
};

describe('TemplateValidator', () => {
  const v = new TemplateValidator(2);

  it('finds placeholders', () => {
    expect(placeholders(def.templateContent)).toEqual(['tone', 'name', 'topic', 'signature']);
  });

  it('renders valid variables; optional ones may be missing', () => {
    expect(v.render(def, { name: 'Ada', topic: 'engines', tone: 'formal' }, ['variables'])).toEqual({ ok: true, text: 'Write a formal email to Ada about engines. ' });
    expect(v.render(def, { name: 'Ada', topic: 'x', tone: 'casual', signature: 'B.' }, ['variables'])).toMatchObject({ ok: true, text: 'Write a casual email to Ada about x. B.' });
  });

  it('names every bad variable', () => {
    const result = v.render(def, { name: '', tone: 'angry', extra: 1 }, ['variables']);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining([
        { path: ['variables', 'topic'], message: 'is required' },
        { path: ['variables', 'extra'], message: 'is not a variable of this template' },
        { path: ['variables', 'name'], message: 'must NOT have fewer than 1 characters' },
        { path: ['variables', 'tone'], message: 'must be equal to one of the allowed values' },
      ]),
    );
  });

  it('rejects definitions with undeclared placeholders and invalid schemas', () => {
    expect(
      v.definitionProblems({ ...def, id: undefined, templateContent: '{{who}}', variableSchemas: { name: { type: 'strng' }, ghost: {} } }, ['input']),
    ).toEqual([
      { path: ['input', 'templateContent'], message: '{{who}} is not a declared variable' },
      { path: ['input', 'variableSchemas', 'name'], message: expect.stringContaining('is not a valid JSON Schema') },
      { path: ['input', 'variableSchemas', 'ghost'], message: 'is not a declared variable' },
    ]);
  });

  it('evicts compiled validators beyond its capacity and still renders', () => {
    for (const id of ['a', 'b', 'c', 't1']) expect(v.render({ ...def, id }, { name: 'A', topic: 'b', tone: 'formal' }, []).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { dropProblems } from './formState';

describe('dropProblems', () => {
  it('forgets the edited fields’ problems and keeps the object when nothing changes', () => {
    const problems = { Title: 'rule.required', Namespace: 'rule.namespace' };
    expect(dropProblems(problems, ['Namespace'])).toEqual({ Title: 'rule.required' });
    expect(dropProblems(problems, ['Description'])).toBe(problems);
  });
});

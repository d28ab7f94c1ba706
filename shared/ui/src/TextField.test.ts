import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import TextField from './TextField.svelte';

describe('TextField', () => {
  it('labels its input so it can be found by its label', () => {
    render(TextField, { label: 'อีเมล', name: 'email', value: 'a@b.ac.th' });
    const input = screen.getByLabelText('อีเมล') as HTMLInputElement;
    expect(input.value).toBe('a@b.ac.th');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows what is wrong under the field and ties it to the input for screen readers', () => {
    render(TextField, { label: 'เลขประจำตัวประชาชน', name: 'nationalId', error: ['เลขประจำตัวประชาชนต้องมี 13 หลัก'] });
    const input = screen.getByLabelText('เลขประจำตัวประชาชน');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('เลขประจำตัวประชาชนต้องมี 13 หลัก');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
  });
});

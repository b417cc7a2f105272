'use client';
import { useEffect, useRef } from 'react';

/**
 * The order in which the reader ticked the actors, sent with the form as `order`: a GET form sends checkboxes in page
 * order (States, then organisations, by name), so without this the brief could not keep the order chosen. Without
 * JavaScript it still carries the order of the brief on screen, and newly ticked actors follow it in page order.
 */
export function ChosenOrder({ chosen }: { chosen: readonly string[] }) {
  const ref = useRef<HTMLInputElement>(null);
  const initial = chosen.join(',');
  useEffect(() => {
    const input = ref.current;
    const form = input?.form;
    if (!input || !form) return;
    let order = initial ? initial.split(',') : [];
    const onChange = (e: Event) => {
      const box = e.target as HTMLInputElement;
      if (box.name !== 'actors' || box.type !== 'checkbox') return;
      order = order.filter((slug) => slug !== box.value);
      if (box.checked) order.push(box.value);
      input.value = order.join(',');
    };
    form.addEventListener('change', onChange);
    return () => form.removeEventListener('change', onChange);
  }, [initial]);
  return <input ref={ref} type="hidden" name="order" defaultValue={initial} />;
}

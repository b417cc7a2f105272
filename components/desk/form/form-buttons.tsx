import styles from '../desk.module.css';

/** "Preview" (shows the result, stores nothing) and the submit button; every desk form that proposes has both. */
export function FormButtons({
  pending,
  submit,
  preview = true,
  secondary = false,
}: {
  pending: boolean;
  submit: string;
  preview?: boolean;
  secondary?: boolean;
}) {
  return (
    <div className={styles.actions}>
      {preview && (
        <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
          Preview
        </button>
      )}
      <button type="submit" name="intent" value="submit" className={secondary ? 'secondary' : undefined} disabled={pending}>
        {submit}
      </button>
    </div>
  );
}

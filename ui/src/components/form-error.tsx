/** A form's error that belongs to no single field (the API's user error without a field, or a failed request). */
export function FormError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="field__error">
      {message}
    </p>
  ) : null;
}

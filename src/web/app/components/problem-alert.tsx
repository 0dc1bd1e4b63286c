import { ApiProblem } from '../../api-problem.js';

/** A failed request in words: the problem's detail and, for validation errors, each field. */
export function ProblemAlert({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div class="alert alert-error" role="alert" id={id}>
      <p class="alert-title">{problem?.title ?? 'Something went wrong'}</p>
      <p>{message}</p>
      {problem?.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((field) => (
            <li key={`${field.location}.${field.path}`}>
              {field.path || field.location}: {field.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

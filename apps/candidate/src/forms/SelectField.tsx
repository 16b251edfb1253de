import { MenuItem, TextField, type TextFieldProps } from '@mui/material';

type Props = Omit<TextFieldProps, 'select' | 'children'> & {
  /** Value to label, in the order shown. */
  options: Record<string, string>;
  /** The label of an empty first choice ("Any type"), when there is one. */
  empty?: string;
};

/** A select field of named options. */
export function SelectField({ options, empty, ...field }: Props) {
  return (
    <TextField select fullWidth {...field}>
      {empty !== undefined && <MenuItem value="">{empty}</MenuItem>}
      {Object.entries(options).map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
  );
}

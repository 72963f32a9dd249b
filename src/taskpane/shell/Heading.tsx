/** A section's heading: Fluent's text ramp, without the browser's default heading margins. */
import type { ReactNode } from 'react';
import { Text, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: { margin: 0 },
});

export function Heading(props: { id: string; children: ReactNode }): JSX.Element {
  const styles = useStyles();
  return (
    <Text as="h2" size={400} weight="semibold" id={props.id} className={styles.heading}>
      {props.children}
    </Text>
  );
}

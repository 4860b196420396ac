import { Divider, makeStyles, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
});

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.section} aria-label={title}>
      <Divider />
      <Subtitle2 as="h2">{title}</Subtitle2>
      {children}
    </section>
  );
}

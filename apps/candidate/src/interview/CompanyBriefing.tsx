import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';

export interface BriefedCompany {
  name: string;
  cultureNotes: string;
  techStack: string[];
}

/** What to research before a sitting: each company's culture notes and stack (those with any). */
export function CompanyBriefing({ companies }: { companies: readonly BriefedCompany[] }) {
  const known = companies.filter((c) => c.cultureNotes || c.techStack.length > 0);
  if (!known.length) return null;
  return (
    <>
      {known.map((company) => (
        <Card key={company.name} component="section" aria-label={`Research ${company.name}`}>
          <CardContent>
            <Typography variant="h2" sx={{ fontSize: '1.1rem', mb: 1 }}>
              Research {company.name}
            </Typography>
            {company.cultureNotes && <Typography sx={{ mb: 1 }}>{company.cultureNotes}</Typography>}
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
              {company.techStack.map((tech) => (
                <Chip key={tech} size="small" label={tech} />
              ))}
            </Stack>
          </CardContent>
        </Card>
      ))}
    </>
  );
}

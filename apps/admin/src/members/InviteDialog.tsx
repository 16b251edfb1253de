import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { email, Form, required, SaveButton, SelectInput, TextInput, useNotify, useRefresh } from 'react-admin';
import type { Role } from '@mockint/web-graphql';
import { graphql } from '../graphql';
import { formErrors } from '../apiErrors';
import { InvitationLinks, type LinkToHandOver } from './InvitationLinks';
import { INVITE } from './queries';
import { ROLE_CHOICES } from './roles';
import type { InviteAnswer } from './types';

interface Invitee {
  name: string;
  email: string;
  role: Role;
}

/** Invites one person (name, e-mail, role): e-mailed, or a link to copy when there is no mail server. */
export function InviteButton() {
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<LinkToHandOver | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const close = () => {
    setOpen(false);
    setLink(null);
  };

  async function invite(values: Partial<Invitee>) {
    let answer: InviteAnswer;
    try {
      ({ inviteMember: answer } = await graphql<{ inviteMember: InviteAnswer }>(INVITE, { input: values }));
    } catch (error) {
      return formErrors(error, 'email');
    }
    refresh();
    if (answer.invitationUrl) {
      setLink({ name: answer.member.name, email: answer.member.email, url: answer.invitationUrl });
    } else {
      notify(`Invitation e-mailed to ${answer.member.email}`, { type: 'success' });
      close();
    }
    return undefined;
  }

  return (
    <>
      <Button size="small" startIcon={<PersonAddIcon />} onClick={() => setOpen(true)}>
        Invite
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="invite-title" fullWidth maxWidth="sm">
        <DialogTitle id="invite-title">Invite a person</DialogTitle>
        {link ? (
          <>
            <DialogContent>
              <InvitationLinks links={[link]} />
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>Done</Button>
            </DialogActions>
          </>
        ) : (
          <Form onSubmit={invite} defaultValues={{ role: 'CANDIDATE' }} noValidate>
            <DialogContent>
              <DialogContentText>
                They get a link to set a password and join (an e-mail when a mail server is set up).
              </DialogContentText>
              <TextInput source="name" label="Name" validate={required()} fullWidth />
              <TextInput source="email" label="E-mail" type="email" validate={[required(), email()]} fullWidth />
              <SelectInput source="role" label="Role" choices={ROLE_CHOICES} validate={required()} fullWidth />
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>Cancel</Button>
              <SaveButton label="Send invitation" icon={<PersonAddIcon />} alwaysEnable />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
}

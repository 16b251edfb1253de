import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { localDrafts } from './interview/drafts';
import './index.css';

localDrafts.forgetOld();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

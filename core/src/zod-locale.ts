import { z } from 'zod';

// Validation messages in Bahasa Indonesia, for API problems and web forms alike.
z.config(z.locales.id());

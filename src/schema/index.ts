import { builder } from './builder.js';
import './article.js';

export const schema = builder.toSchema();

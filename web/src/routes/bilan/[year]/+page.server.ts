import type { PageServerLoad } from './$types';
import { loadReport } from './report.server';

export const load: PageServerLoad = async (event) => ({ report: await loadReport(event) });

/** Rules that span fields, with messages naming the field at fault. */
import type { z } from 'astro/zod';

export function newsRules(data: { status?: string; withdrawnReason?: string }, ctx: z.RefinementCtx): void {
  if (data.status === 'withdrawn' && !data.withdrawnReason) {
    ctx.addIssue({ code: 'custom', path: ['withdrawnReason'], message: 'Bài đã gỡ phải ghi lý do gỡ bài' });
  }
}

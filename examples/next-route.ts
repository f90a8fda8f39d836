// app/operator-proxy/v1/[...path]/route.ts
import { createOperatorProxy } from '@operator-ai/admin-widget/server';
import { auth } from '@/auth'; // your session, e.g. Auth.js

const proxy = createOperatorProxy({
  credential: process.env.OPERATOR_API_KEY!,
  upstream: process.env.OPERATOR_API_URL, // unset: https://api.operator.ai/v1
  basePath: '/operator-proxy/v1',
  allowedOrigins: [process.env.APP_ORIGIN!], // e.g. https://dashboard.example.com
  stepUp: { maxAgeSeconds: 300 },
  authorize: async () => {
    const session = await auth();
    if (!session?.user) return { actor: { id: 'anonymous', name: 'Anonymous' }, access: 'none' };
    return {
      actor: { id: session.user.id, name: session.user.name },
      access: session.user.role === 'admin' ? 'write' : 'read',
      verifiedAt: session.verifiedAt ? new Date(session.verifiedAt) : undefined,
    };
  },
});

export const dynamic = 'force-dynamic';
export const GET = (request: Request) => proxy(request);
export const POST = GET;
export const DELETE = GET;

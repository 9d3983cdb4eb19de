export async function fromHarCmd(_file: string, _o: { out?: string }): Promise<void> {}

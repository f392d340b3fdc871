import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shortUrl, SourceLink } from './source-link.tsx';

describe('SourceLink', () => {
  it('renders each of several "; "-separated URLs as its own link, opening in a new tab', () => {
    render(
      <SourceLink source="https://github.com/Azure/azure-iotedge/releases/tag/1.6.0 ; https://github.com/Azure/iotedge/blob/main/CHANGELOG.md" />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://github.com/Azure/azure-iotedge/releases/tag/1.6.0',
      'https://github.com/Azure/iotedge/blob/main/CHANGELOG.md',
    ]);
    for (const a of links) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a).toHaveAttribute('rel', 'noreferrer');
      expect(a).toHaveAccessibleName(/opens in a new tab/);
    }
  });

  it('keeps a described measurement as text', () => {
    render(<SourceLink source="Measured on a Pi 4, 2026-10, docker stats" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Measured on a Pi 4, 2026-10, docker stats')).toBeInTheDocument();
  });

  it('shortens long URLs in the middle', () => {
    expect(shortUrl('https://github.com/Azure/iotedge/issues/4545')).toBe(
      'github.com/Azure/iotedge/issues/4545',
    );
    expect(
      shortUrl(
        'https://github.com/Azure/iotedge/blob/9a2c2575e2a0e4756244da1d04b41e6/platform-validation/docs/Edge-Profiling.md',
      ),
    ).toBe('github.com/…/docs/Edge-Profiling.md');
  });
});

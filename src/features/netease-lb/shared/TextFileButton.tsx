import { Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';

/**
 * Reads a chosen text file in the browser (nothing is uploaded by the picker itself). A file over
 * `maxBytes` is refused before it is read.
 */
export function TextFileButton({ label, accept, maxBytes, onText, onTooBig }: { label: string; accept?: string; maxBytes: number; onText: (text: string, fileName: string) => void; onTooBig: () => void }) {
  return (
    <Upload
      accept={accept}
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > maxBytes) onTooBig();
        else void file.text().then((text) => onText(text, file.name));
        return Upload.LIST_IGNORE;
      }}
    >
      <Button size="small" icon={<UploadOutlined />}>
        {label}
      </Button>
    </Upload>
  );
}

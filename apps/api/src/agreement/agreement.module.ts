import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { AgreementResolver } from './agreement.resolver';
import { AgreementService } from './agreement.service';

@Module({ imports: [CohortsModule], providers: [AgreementService, AgreementResolver] })
export class AgreementModule {}
